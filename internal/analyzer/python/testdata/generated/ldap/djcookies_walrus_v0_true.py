# generated case: rule=PY-LDAP-INJECTION source=djcookies propagation=walrus sink=v0 expected=true
import ldap

from django.http import JsonResponse


def handle_ldap(request):
    param = request.COOKIES.get("p", "")
    if (bar := param.strip()):
        pass
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return JsonResponse({"result": result})
