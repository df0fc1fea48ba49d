# generated case: rule=PY-CMDI source=faqueryint propagation=direct sink=v0 expected=false
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
def handle_cmdi(p: int = 0):
    param = str(p)
    bar = param
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return {"result": result}
