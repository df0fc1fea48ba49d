# generated case (gen9): category=nosqli rule=PY-NOSQLI fw=fastapi shape=where_startswith_percent expected=true
from pymongo import MongoClient
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

db = MongoClient("mongodb://localhost:27017")["shop"]


@app.api_route("/nosqli_where_startswith_percent", methods=["GET", "POST"])
def case_where_startswith_percent(request: Request, q: str = Query("")):
    param = q
    docs = list(db.users.find({"$where": "this.name.startsWith('%s')" % param}))  # want: PY-NOSQLI
    return {"result": str(len(docs))}
