# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=headerparam shape=splitlines_first sink=v2 expected=false
from fastapi import FastAPI, Header, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/case-00089")
def case_00089(request: Request, x_query: str = Header("")):
    param = x_query
    lines = ("header\n" + param).splitlines()
    bar = lines[0]
    return RedirectResponse(bar, status_code=302)
