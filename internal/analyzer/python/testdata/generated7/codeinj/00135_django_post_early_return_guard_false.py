# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=django source=post shape=early_return_guard (helper class) sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path


def pick(value):
    if not value.isalnum():
        return "invalid"
    return value


def pick_loose(value):
    if value.isalnum():
        return value.lower()
    return value


class Test:
    def do_something(self, request, param):
        bar = pick(param)
        return bar


def case_00135(request):
    param = request.POST.get("q", "")
    bar = Test().do_something(request, param)
    namespace = {}
    exec("value = " + bar, namespace)
    result = namespace.get("value")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00135/", case_00135),
]
