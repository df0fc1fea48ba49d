# CMDi (low-confidence source): backup target read from os.environ concatenated into os.system
import os


def run_backup():
    target = os.environ.get("BACKUP_TARGET", "/mnt/backup")
    os.system("rsync -a /srv/data/ " + target)  # want: PY-CMDI


if __name__ == "__main__":
    run_backup()
