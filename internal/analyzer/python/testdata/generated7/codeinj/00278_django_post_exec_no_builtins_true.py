# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=django source=post shape=exec_no_builtins sink=specific expected=true
from django.http import JsonResponse
from django.urls import path


def case_00278(request):
    param = request.POST.get("q", "")
    bar = param
    exec(bar, {"__builtins__": {}})  # want: PY-CODE-INJECTION
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00278/", case_00278),
]
