# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=fastapi source=headerparam shape=quote_wrong_var sink=specific expected=true
import os
import shlex

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/case-00234")
async def case_00234(request: Request, x_query: str = Header("")):
    param = x_query
    bar = param
    quoted = shlex.quote(bar)
    result = os.system("grep -r " + bar + " /srv/logs")  # want: PY-CMDI
    return {"result": str(result)}
