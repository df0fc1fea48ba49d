# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=headerparam shape=eval_none_builtins sink=specific expected=true
from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/case-00279")
def case_00279(request: Request, x_query: str = Header("")):
    param = x_query
    bar = param
    result = eval(bar, {"__builtins__": None}, {})  # want: PY-CODE-INJECTION
    return {"result": str(result)}
