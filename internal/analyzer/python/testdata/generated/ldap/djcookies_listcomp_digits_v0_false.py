# generated case: rule=PY-LDAP-INJECTION source=djcookies propagation=listcomp_digits sink=v0 expected=false
import ldap

from django.http import JsonResponse


def handle_ldap(request):
    param = request.COOKIES.get("p", "")
    bar = "".join([c for c in param if c.isdigit()])
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return JsonResponse({"result": result})
