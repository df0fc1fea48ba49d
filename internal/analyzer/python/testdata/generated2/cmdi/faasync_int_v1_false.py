# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=int sink=v1 expected=false
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = str(int(param))
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return {"result": result}
