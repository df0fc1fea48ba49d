# Path traversal (low-confidence source): CLI prints a file from the data dir named in sys.argv
import os
import sys

DATA_DIR = "/srv/data"

if __name__ == "__main__":
    with open(os.path.join(DATA_DIR, sys.argv[1])) as fh:  # want: PY-PATH-TRAVERSAL
        print(fh.read())
