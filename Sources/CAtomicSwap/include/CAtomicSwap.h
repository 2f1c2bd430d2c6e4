#ifndef CATOMICSWAP_H
#define CATOMICSWAP_H

/// Atomically exchanges the directory entries `a` and `b` (both must exist, on one file
/// system): every reader sees either the old pair or the swapped pair, never a missing name.
/// Linux: renameat2(RENAME_EXCHANGE); macOS: renamex_np(RENAME_SWAP).
/// Returns 0, or -1 with errno set (EINVAL or ENOSYS when the file system or kernel cannot
/// swap; the caller then falls back to two renames).
int catomicswap_exchange(const char *a, const char *b);

#endif
