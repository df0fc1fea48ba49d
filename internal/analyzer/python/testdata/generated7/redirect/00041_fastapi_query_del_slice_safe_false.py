# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=query shape=del_slice_safe sink=v2 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/case-00041")
def case_00041(request: Request, q: str = ""):
    param = q
    vals = [param, "a", "b"]
    del vals[:1]
    bar = vals[0]
    return RedirectResponse(bar, status_code=302)
