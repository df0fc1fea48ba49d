# CMDi FALSE: utility with a command-looking parameter, never called from a request source
import subprocess


def run_raw(cmd_line):
    return subprocess.check_output(cmd_line, shell=True)


def rotate_logs():
    return subprocess.check_output(["logrotate", "/etc/logrotate.d/app"])
