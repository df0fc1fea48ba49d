# CMDi (low-confidence source): deploy script passes sys.argv into os.system
import os
import sys


def deploy(env):
    os.system("ansible-playbook -i inventories/" + env + " site.yml")  # want: PY-CMDI


if __name__ == "__main__":
    deploy(sys.argv[1])
