# gen2_absolute: command helpers
import subprocess


def run_report(name):
    return subprocess.check_output("report --name " + name, shell=True)  # want: PY-CMDI


def run_report_list(name):
    return subprocess.check_output(["report", "--name", name])  # safe: PY-CMDI
