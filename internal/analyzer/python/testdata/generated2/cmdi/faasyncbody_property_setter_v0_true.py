# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=property_setter sink=v0 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @raw.setter
    def raw(self, value):
        self._raw = value


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    w = Wrapper("safe")
    w.raw = param
    bar = w.raw
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
