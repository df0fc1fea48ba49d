# interproc/files: package marker for the path traversal cross-module scenario
