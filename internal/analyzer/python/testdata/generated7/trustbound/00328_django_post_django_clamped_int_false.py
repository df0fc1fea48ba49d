# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=post shape=django_clamped_int sink=specific expected=false
from django.http import JsonResponse
from django.urls import path


def case_00328(request):
    param = request.POST.get("q", "")
    bar = param
    request.session["page"] = max(1, min(int(bar), 50))
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00328/", case_00328),
]
