# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=django source=get shape=default_unused_value (helper class) sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["shop"]


def render_label(value, template="{}"):
    return template.format(value)


def display_name(value, name="guest"):
    return name


class Test:
    def do_something(self, request, param):
        bar = display_name(param)
        return bar


def case_00188(request):
    param = request.GET.get("q", "")
    bar = Test().do_something(request, param)
    docs = list(db.products.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00188/", case_00188),
]
