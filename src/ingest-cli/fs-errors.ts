const reasons: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

/** A one-line reason for a failed file-system call, without the stack or the path (the caller prints that). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && reasons[code]) return `unreadable: ${reasons[code]}`;
  return `unreadable: ${error instanceof Error ? error.message : String(error)}`;
}
