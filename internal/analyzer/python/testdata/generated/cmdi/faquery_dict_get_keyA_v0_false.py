# generated case: rule=PY-CMDI source=faquery propagation=dict_get_keyA sink=v0 expected=false
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
def handle_cmdi(p: str = ""):
    param = p
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.get("keyA", "")
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return {"result": result}
