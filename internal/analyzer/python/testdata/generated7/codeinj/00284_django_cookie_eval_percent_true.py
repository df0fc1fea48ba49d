# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=django source=cookie shape=eval_percent sink=specific expected=true
from django.http import JsonResponse
from django.urls import path


def case_00284(request):
    param = request.COOKIES.get("q", "none")
    bar = param
    result = eval("%s * 2" % bar)  # want: PY-CODE-INJECTION
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00284/", case_00284),
]
