# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=dict_allow_get_default_param sink=v0 expected=true
from fastapi import FastAPI

app = FastAPI()


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = ALLOWED.get("zeta", param)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
