# generated case (gen8): category=trustbound rule=PY-TRUST-BOUNDARY fw=django shape=instance_attr_profile expected=true
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

class Profile:
    def __init__(self, display):
        self.display = display.strip()


def case_instance_attr_profile(request):
    param = request.COOKIES.get("q", "")
    prof = Profile(param)
    request.session["display"] = prof.display  # want: PY-TRUST-BOUNDARY
    return JsonResponse({"result": str("ok")})


urlpatterns = [
    path("trustbound_instance_attr_profile/", case_instance_attr_profile),
]
