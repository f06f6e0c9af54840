// forms::FieldBinder: a form's fields declared once, each loaded into its editor and read back,
// the first problem (in the order the fields were bound) refusing the record.

#include "shell/forms.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <catch2/catch.hpp>

#include <optional>

using namespace tuoyu;

namespace {

enum class Band
{
    Infant,
    Toddler,
    Older
};

struct Record
{
    QString name;
    QString notes;
    bool filed = false;
    int slots = 0;
    QDate opened;
    Band band = Band::Infant;
    qint64 areaId = 0;
    std::optional<qint64> staff;
    QString untouched = QStringLiteral("kept");
};

} // namespace

TEST_CASE("FieldBinder loads a record into its editors and reads it back")
{
    forms::FieldBinder<Record> fields;
    auto *name = fields.bind(new QLineEdit, &Record::name);
    auto *notes = fields.bind(new QPlainTextEdit, &Record::notes);
    auto *filed = fields.bind(new QCheckBox, &Record::filed);
    auto *slots = fields.bind(new QSpinBox, &Record::slots);
    slots->setRange(0, 500);
    auto *opened = fields.bind(forms::dateEdit(QDate(2020, 1, 1)), &Record::opened);
    auto *band = new QComboBox;
    band->addItem(QStringLiteral("乳儿班"), int(Band::Infant));
    band->addItem(QStringLiteral("托小班"), int(Band::Toddler));
    band->addItem(QStringLiteral("托大班"), int(Band::Older));
    fields.bind(band, &Record::band);
    auto *area = new QComboBox;
    area->addItem(QStringLiteral("（未填）"), qint64(0));
    area->addItem(QStringLiteral("麟绛镇"), qint64(7));
    fields.bind(area, &Record::areaId);

    Record shown;
    shown.name = QStringLiteral("小太阳托育");
    shown.notes = QStringLiteral("医育结合");
    shown.filed = true;
    shown.slots = 90;
    shown.opened = QDate(2023, 9, 1);
    shown.band = Band::Older;
    shown.areaId = 7;
    fields.load(shown);
    CHECK(name->text() == QStringLiteral("小太阳托育"));
    CHECK(notes->toPlainText() == QStringLiteral("医育结合"));
    CHECK(filed->isChecked());
    CHECK(slots->value() == 90);
    CHECK(opened->date() == QDate(2023, 9, 1));
    CHECK(band->currentIndex() == 2);
    CHECK(area->currentText() == QStringLiteral("麟绛镇"));
    // The editors in the order they were bound: the form's Tab order.
    CHECK(fields.editors() ==
          std::vector<QWidget *>{name, notes, filed, slots, opened, band, area});

    name->setText(QStringLiteral("  小太阳托育中心 "));
    slots->setValue(120);
    band->setCurrentIndex(1);
    area->setCurrentIndex(0);
    Record typed;
    CHECK(fields.read(&typed).isEmpty());
    CHECK(typed.name == QStringLiteral("小太阳托育中心")); // trimmed as typed
    CHECK(typed.notes == QStringLiteral("医育结合"));
    CHECK(typed.filed);
    CHECK(typed.slots == 120);
    CHECK(typed.opened == QDate(2023, 9, 1));
    CHECK(typed.band == Band::Toddler);
    CHECK(typed.areaId == 0);
    CHECK(typed.untouched == QStringLiteral("kept")); // a field no editor shows stays

    // A value the combo box does not hold selects its first item.
    shown.areaId = 99;
    fields.load(shown);
    CHECK(area->currentIndex() == 0);
}

TEST_CASE("FieldBinder reads into another type and stops at the first problem")
{
    struct Edit
    {
        QString name;
        std::optional<qint64> staff;
        int slots = -1;
    };
    forms::FieldBinder<Record, Edit> fields;
    auto *name = fields.bind(new QLineEdit, &Record::name, &Edit::name);
    auto *staff = new QLineEdit;
    fields.bind(
        staff,
        [staff](const Record &r) {
            staff->setText(r.staff ? QString::number(*r.staff) : QString());
        },
        [staff](Edit *e) {
            bool ok = true;
            const QString text = staff->text().trimmed();
            e->staff = text.isEmpty() ? std::nullopt : std::optional<qint64>(text.toLongLong(&ok));
            return ok ? QString() : QStringLiteral("从业人员应为整数（%1）").arg(text);
        });
    auto *slots = fields.bind(new QSpinBox, &Record::slots, &Edit::slots);

    Record shown;
    shown.name = QStringLiteral("启智幼儿园");
    shown.staff = 12;
    shown.slots = 40;
    fields.load(shown);
    CHECK(name->text() == QStringLiteral("启智幼儿园"));
    CHECK(staff->text() == QStringLiteral("12"));
    CHECK(slots->value() == 40);

    Edit edit;
    CHECK(fields.read(&edit).isEmpty());
    CHECK(edit.staff == 12);
    CHECK(edit.slots == 40);

    staff->setText(QStringLiteral("十二"));
    Edit refused;
    CHECK(fields.read(&refused) == QStringLiteral("从业人员应为整数（十二）"));
    CHECK(refused.name == QStringLiteral("启智幼儿园")); // read before the problem
    CHECK(refused.slots == -1);                          // not reached
}
