# generated case: rule=PY-NOSQLI source=djcookies propagation=helper_strip sink=v0 expected=true
from django.http import JsonResponse
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["app"]


def do_something(value):
    cleaned = value.strip()
    return cleaned


def handle_nosqli(request):
    param = request.COOKIES.get("p", "")
    bar = do_something(param)
    docs = list(db.users.find({"$where": "this.age > " + bar}))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": result})
