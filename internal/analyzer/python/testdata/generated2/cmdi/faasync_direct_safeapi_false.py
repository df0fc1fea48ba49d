# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=direct sink=safe-api expected=false
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = param
    proc = subprocess.run(["ls", "-l", "--", bar], capture_output=True)
    result = proc.returncode
    return {"result": result}
