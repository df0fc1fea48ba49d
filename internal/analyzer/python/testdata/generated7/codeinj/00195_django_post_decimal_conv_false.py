# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=django source=post shape=decimal_conv (helper class) sink=v1 expected=false
import decimal

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = str(decimal.Decimal(param))
        return bar


def case_00195(request):
    param = request.POST.get("q", "")
    bar = Test().do_something(request, param)
    namespace = {}
    exec("value = " + bar, namespace)
    result = namespace.get("value")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00195/", case_00195),
]
