# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=classmethod_ident sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()


class Util:
    prefix = ""

    @classmethod
    def passthrough(cls, value):
        return cls.prefix + value


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = Util.passthrough(param)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
