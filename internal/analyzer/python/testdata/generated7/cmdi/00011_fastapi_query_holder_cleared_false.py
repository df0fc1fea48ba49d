# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=fastapi source=query shape=holder_cleared sink=v2 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()


class Holder:
    def __init__(self):
        self.primary = "none"
        self.secondary = "none"

    def load(self, value):
        self.primary = value
        self.secondary = "fixed"

    def clear(self):
        self.primary = "cleared"

    def current(self):
        return self.primary


@app.get("/case-00011")
def case_00011(request: Request, q: str = ""):
    param = q
    h = Holder()
    h.load(param)
    h.clear()
    bar = h.current()
    result = os.popen("host " + bar).read()
    return {"result": str(result)}
