# generated case (gen_cases2): rule=PY-CMDI context=faasyncreq propagation=super_ignored sink=v1 expected=false
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


class Base:
    def clean(self, value):
        return value


class Child(Base):
    def clean(self, value):
        super().clean(value)
        return "safe"


@app.get("/cmdi")
async def handle_cmdi(request: Request):
    param = request.query_params.get("p", "")
    bar = Child().clean(param)
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return {"result": result}
