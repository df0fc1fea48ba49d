# generated case: rule=PY-NOSQLI source=djpost propagation=helper_const sink=v1 expected=false
import json

from django.http import JsonResponse
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["app"]


def do_something(value):
    return "safe!"


def handle_nosqli(request):
    param = request.POST["p"]
    bar = do_something(param)
    docs = list(db.users.find({"name": json.loads(bar)}))
    result = len(docs)
    return JsonResponse({"result": result})
