# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=dict_allow_get sink=v0 expected=false
from fastapi import FastAPI

app = FastAPI()


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = ALLOWED.get(param, "alpha")
    result = str(eval(bar))
    return {"result": result}
