# gen2_singleton: file store; read() joins the raw name, read_safe() uses basename
import os


class FileStore:
    def __init__(self, root):
        self.root = root

    def read(self, name):
        with open(os.path.join(self.root, name)) as fh:  # want: PY-PATH-TRAVERSAL
            return fh.read()

    def read_safe(self, name):
        with open(os.path.join(self.root, os.path.basename(name))) as fh:  # safe: PY-PATH-TRAVERSAL
            return fh.read()


store = FileStore("/srv/files")
