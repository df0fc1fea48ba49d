# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=functools_partial sink=v0 expected=true
import functools
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    join2 = functools.partial(lambda a, b: a + b, "")
    bar = join2(param)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
