# generated case (gen9): category=codeinj rule=PY-CODE-INJECTION fw=fastapi shape=pydantic_eval_no_builtins expected=true
from pydantic import BaseModel
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

class Formula(BaseModel):
    formula: str


@app.api_route("/codeinj_pydantic_eval_no_builtins", methods=["GET", "POST"])
def case_pydantic_eval_no_builtins(request: Request, payload: Formula):
    value = eval(payload.formula, {"__builtins__": {}})  # want: PY-CODE-INJECTION
    return {"result": str(value)}
