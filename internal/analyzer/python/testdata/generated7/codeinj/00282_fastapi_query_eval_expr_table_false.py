# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=query shape=eval_expr_table sink=specific expected=false
from fastapi import FastAPI, Request

app = FastAPI()
EXPRS = {"double": "x * 2", "square": "x ** 2"}


@app.get("/case-00282")
async def case_00282(request: Request, q: str = ""):
    param = q
    bar = param
    result = eval(EXPRS.get(bar, "0"), {"__builtins__": {}}, {"x": 3})
    return {"result": str(result)}
