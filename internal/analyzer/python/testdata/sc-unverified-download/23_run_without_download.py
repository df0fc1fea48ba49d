# Safe: a local script is run; nothing was downloaded in this function
import subprocess
import sys


def migrate(script_path):
    subprocess.run([sys.executable, script_path], check=True)


def fetch_elsewhere():
    return open("/etc/hostname").read()
