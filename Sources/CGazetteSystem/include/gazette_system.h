#ifndef GAZETTE_SYSTEM_H
#define GAZETTE_SYSTEM_H

/// Swaps two paths in one step (Linux renameat2 RENAME_EXCHANGE), so a web server
/// never sees the output folder missing or half-replaced. Returns 0, or -1 with errno set.
int gazette_exchange_paths(const char *first, const char *second);

#endif
