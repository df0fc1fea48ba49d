# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=django source=header shape=eval_int_expr sink=specific expected=false
from django.http import JsonResponse
from django.urls import path


def case_00281(request):
    param = request.headers.get("X-Query", "")
    bar = param
    result = eval(str(int(bar)) + " + 1")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00281/", case_00281),
]
