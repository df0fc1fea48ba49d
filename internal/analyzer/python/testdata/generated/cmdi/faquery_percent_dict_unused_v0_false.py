# generated case: rule=PY-CMDI source=faquery propagation=percent_dict_unused sink=v0 expected=false
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
def handle_cmdi(p: str = ""):
    param = p
    bar = "%(a)s" % {"a": "safe", "b": param}
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return {"result": result}
