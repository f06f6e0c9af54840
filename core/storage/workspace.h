#pragma once
// The editing session moved to core/session (storage knows nothing of commands); this header
// stays only while branches that include it are merged, and then goes.
#include "session/workspace.h"
