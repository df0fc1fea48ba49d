# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=cookie shape=casefold sink=v2 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/case-00100")
async def case_00100(request: Request):
    param = request.cookies.get("q", "none")
    bar = param.casefold()
    return RedirectResponse(bar, status_code=302)  # want: PY-OPEN-REDIRECT
