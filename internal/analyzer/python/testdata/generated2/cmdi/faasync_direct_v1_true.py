# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=direct sink=v1 expected=true
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = param
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return {"result": result}
