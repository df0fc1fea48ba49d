# generated case: rule=PY-NOSQLI source=djget propagation=listextend sink=v0 expected=true
from django.http import JsonResponse
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["app"]


def handle_nosqli(request):
    param = request.GET.get("p", "")
    values = ["safe"]
    values.extend([param])
    bar = values[-1]
    docs = list(db.users.find({"$where": "this.age > " + bar}))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": result})
