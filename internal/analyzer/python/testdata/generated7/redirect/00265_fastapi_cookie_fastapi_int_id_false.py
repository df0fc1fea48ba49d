# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=cookie shape=fastapi_int_id sink=specific expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/case-00265")
def case_00265(request: Request):
    param = request.cookies.get("q", "none")
    bar = param
    return RedirectResponse(f"/orders/{int(bar)}", status_code=303)
