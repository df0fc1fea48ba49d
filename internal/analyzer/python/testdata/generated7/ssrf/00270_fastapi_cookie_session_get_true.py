# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=fastapi source=cookie shape=session_get sink=specific expected=true
import requests

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00270")
async def case_00270(request: Request):
    param = request.cookies.get("q", "none")
    bar = param
    s = requests.Session()
    resp = s.get(bar, timeout=5)  # want: PY-SSRF PY-HTTP-NO-PROXY
    result = resp.status_code
    return {"result": str(result)}
