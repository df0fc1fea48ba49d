# Path traversal (low-confidence source): interactive tool deletes an export named via input()
import os

EXPORTS = "/srv/exports"


def main():
    name = input("export to delete: ")
    os.remove(os.path.join(EXPORTS, name))  # want: PY-PATH-TRAVERSAL


if __name__ == "__main__":
    main()
