# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=get shape=django_list_concat sink=specific expected=true
from django.http import JsonResponse
from django.urls import path


def case_00327(request):
    param = request.GET.get("q", "")
    bar = param
    request.session["cart"] = request.session.get("cart", []) + [bar]  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00327/", case_00327),
]
