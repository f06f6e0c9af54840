#pragma once

#include <QString>

namespace tuoyu::platform {

/// The marker that makes a copy of the program portable: a file of this name beside the
/// executable (the Windows ZIP has one, packaging/portable.cmake).
inline constexpr char16_t kPortableMarker[] = u"portable";

/// When `programDir` holds the portable marker, every QSettings the program makes from then on
/// is an ini file in that folder (programDir/TuoyuDesk/tuoyu-desk.ini) instead of the registry
/// or ~/.config: a copy on a USB stick takes its settings along and leaves none on the office
/// PC. Call it once the organization and application names are set and before the first
/// QSettings is made. True when the program runs portable.
bool usePortableSettings(const QString &programDir);

} // namespace tuoyu::platform
